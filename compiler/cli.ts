console.log("yao: compiler not built yet");
process.exit(2);
