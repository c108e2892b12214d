// expect: critical_line, zeta_function
const C = (re, im = 0) => ({ re, im });
const add = (a, b) => C(a.re + b.re, a.im + b.im);
const mul = (a, b) => C(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
const div = (a, b) => {
  const d = b.re * b.re + b.im * b.im;
  return C((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d);
};
// n^{-s} = exp(-s ln n)
const npow = (n, s) => {
  const l = Math.log(n);
  const mag = Math.exp(-s.re * l);
  return C(mag * Math.cos(-s.im * l), mag * Math.sin(-s.im * l));
};

function eta(s, N = 50000) {
  let acc = C(0);
  for (let n = 1; n <= N; n++) {
    const t = npow(n, s);
    acc = add(acc, n % 2 ? t : C(-t.re, -t.im));
  }
  return acc;
}

function zeta(s) {
  const two = npow(2, C(s.re - 1, s.im)); // 2^{1-s}
  return div(eta(s), C(1 - two.re, -two.im));
}

for (let t = 0; t <= 30; t += 0.5) {
  const z = zeta(C(0.5, t));
  console.log(t.toFixed(1), Math.hypot(z.re, z.im).toFixed(6));
}
