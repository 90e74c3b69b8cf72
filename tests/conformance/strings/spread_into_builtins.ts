const b = new Uint8Array([72, 105, 33]);
console.log(String.fromCharCode(...b), String.fromCharCode(65, ...[66, 67], 68 + 65536));
console.log(String.fromCodePoint(...[0x1F600, 97]), Math.min(5, ...[3, 9]), Math.max(...[]));
