// expect: none
// Held-out negative: Leibniz series for pi (a series, but not zeta or primes).
let sum = 0;
for (let k = 0; k < 1e6; k++) sum += (k % 2 === 0 ? 1 : -1) / (2 * k + 1);
console.log(4 * sum, Math.PI);
