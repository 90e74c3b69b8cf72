# yao build entry points (README.md explains them).
#   make                      build the default app's image: build/hello.elf
#   make qemu                 build it and boot it under QEMU (TCG); serial on this terminal;
#                             QEMU exits with the app's status
#   make qemu APP=apps/x MODULES="alloc=buddy" ARGS="a b" MEM=64M
#   make modules              list every module kind and implementation
#   make test                 the whole test suite (what CI runs)
#   make bench                benchmarks: ratios against gcc -O2 C, Node, porffor, Linux
#   make clean                remove build/

APP ?= apps/hello
MODULES ?=
ARGS ?=
MEM ?= 128M
APP_NAME := $(notdir $(patsubst %/,%,$(APP)))
IMAGE := build/$(APP_NAME).elf

.PHONY: all image qemu test bench modules clean setup tools

all: image

# Everything a fresh clone needs: node_modules, and gcc/binutils/qemu (installed when root).
setup: tools
	@test -d node_modules || npm ci --no-audit --no-fund

tools:
	@missing=""; \
	command -v gcc >/dev/null || missing="$$missing gcc"; \
	command -v ld >/dev/null || missing="$$missing binutils"; \
	command -v qemu-system-x86_64 >/dev/null || missing="$$missing qemu-system-x86"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "missing tools; run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

image: setup
	npx tsx tools/build/image.ts $(APP) --modules "$(MODULES)" -o $(IMAGE)

qemu: image
	npx tsx tools/qemu/run.ts --mem $(MEM) --append "$(ARGS)" $(IMAGE)

modules: setup
	@npx yao modules

test: setup
	npx vitest run

bench: setup
	npx tsx bench/run.ts

clean:
	rm -rf build
