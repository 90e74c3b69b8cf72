// expect YAO1026 at 2:1
namespace N { export const x = 1; }
console.log(N.x);
