/* Natives that the metal runtime itself implements (rt_metal.c), for generated code. */
#ifndef YAO_RT_METAL_H
#define YAO_RT_METAL_H
#include "yao.h"
void yao_rt_set_heap(yao_fn *allocate);
double yao_rt_arena_used(void);
yao_typed *yao_phys_view(uint64_t addr, uint32_t len);
#endif
