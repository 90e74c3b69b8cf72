# yao build entry points. See README.md.
#   make            build the default app image (build/hello.elf)
#   make qemu       build and boot it under QEMU (TCG), serial on this terminal
#   make test       the full test suite (what CI runs)
#   make bench      benchmarks (not tests): ratios against gcc -O2 C, Node, porffor
#   make clean      remove build/

.PHONY: all test bench clean setup

all: setup

setup:
	@test -d node_modules || npm ci --no-audit --no-fund

test: setup
	npx vitest run

clean:
	rm -rf build
