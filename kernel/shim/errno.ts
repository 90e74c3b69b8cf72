// Error numbers the shim returns, negated, as Linux system calls do. Values are Linux's
// (include/uapi/asm-generic/errno-base.h), so C programs linked against the shim later see the
// numbers they expect.

export const EBADF: i32 = 9;
export const ENODEV: i32 = 19;
export const EINVAL: i32 = 22;
