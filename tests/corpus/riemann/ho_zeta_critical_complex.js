// expect: zeta_function, critical_line
class C {
  constructor(re, im) { this.re = re; this.im = im; }
  add(o) { return new C(this.re + o.re, this.im + o.im); }
  mul(o) { return new C(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); }
  div(o) {
    const d = o.re * o.re + o.im * o.im;
    return new C((this.re * o.re + this.im * o.im) / d, (this.im * o.re - this.re * o.im) / d);
  }
  abs() { return Math.hypot(this.re, this.im); }
}

// n^-s for complex s
function powNeg(n, s) {
  const mag = Math.exp(-s.re * Math.log(n));
  const ang = -s.im * Math.log(n);
  return new C(mag * Math.cos(ang), mag * Math.sin(ang));
}

// zeta(s) = eta(s) / (1 - 2^(1-s)), eta summed with Euler averaging of partial sums
function zeta(s, terms = 20000) {
  let eta = new C(0, 0);
  for (let n = 1; n <= terms; n++) {
    const t = powNeg(n, s);
    eta = n % 2 ? eta.add(t) : eta.add(new C(-t.re, -t.im));
  }
  const two = powNeg(2, new C(s.re - 1, s.im)); // 2^(1-s)
  return eta.div(new C(1 - two.re, -two.im));
}

for (let t = 0; t <= 40; t += 2) {
  const z = zeta(new C(0.5, t));
  console.log(t.toFixed(1), z.abs().toFixed(6));
}
