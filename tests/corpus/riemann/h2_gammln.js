// expect: gamma_function
const COF = [76.18009172947146, -86.50532032941677, 24.01409824083091,
  -1.231739572450155, 0.1208650973866179e-2, -0.5395239384953e-5];

function gammln(xx) {
  let x = xx, y = xx;
  let tmp = x + 5.5;
  tmp -= (x + 0.5) * Math.log(tmp);
  let ser = 1.000000000190015;
  for (let j = 0; j < 6; j++) ser += COF[j] / ++y;
  return -tmp + Math.log(2.5066282746310005 * ser / x);
}

const factorial = n => Math.round(Math.exp(gammln(n + 1)));
for (let n = 0; n < 15; n++) console.log(n, factorial(n), Math.exp(gammln(n + 0.5)));
