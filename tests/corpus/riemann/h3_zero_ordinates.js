// expect: zeta_zeros, riemann_siegel
// Check the first nontrivial zeros of zeta via sign changes of Hardy's Z function.
const KNOWN = [14.134725142, 21.022039639, 25.010857580, 30.424876126, 32.935061588,
  37.586178159, 40.918719012, 43.327073281, 48.005150881, 49.773832478];

function theta(t) {
  return (t / 2) * Math.log(t / (2 * Math.PI)) - t / 2 - Math.PI / 8 + 1 / (48 * t);
}

function hardyZ(t) {
  const n = Math.floor(Math.sqrt(t / (2 * Math.PI)));
  let sum = 0;
  for (let k = 1; k <= n; k++) sum += Math.cos(theta(t) - t * Math.log(k)) / Math.sqrt(k);
  return 2 * sum;
}

for (const gamma of KNOWN) {
  const left = hardyZ(gamma - 0.05), right = hardyZ(gamma + 0.05);
  console.log(gamma.toFixed(6), left * right < 0 ? 'sign change' : 'no sign change');
}
