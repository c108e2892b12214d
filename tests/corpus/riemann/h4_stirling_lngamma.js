// expect: gamma_function
// ln Gamma(x) by the Stirling series after shifting x above 10 with Gamma(x+1) = x Gamma(x).
function lnGamma(x) {
  let shift = 0;
  while (x < 10) {
    shift += Math.log(x);
    x += 1;
  }
  const inv = 1 / x, inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

const gamma = (x) => Math.exp(lnGamma(x));

for (const x of [0.5, 1, 1.5, 2, 3.7, 5, 10, 20.5]) {
  console.log(x, gamma(x).toPrecision(12));
}
console.log('Gamma(1/2)^2 - pi =', gamma(0.5) ** 2 - Math.PI);
