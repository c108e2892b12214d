// expect: gamma_function
const g = 7;
const P = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028,
  771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

const gamma = (z) =>
  z < 0.5
    ? Math.PI / (Math.sin(Math.PI * z) * gamma(1 - z))
    : ((x) => {
        const t = x + g + 0.5;
        const a = P.slice(1).reduce((acc, c, i) => acc + c / (x + i + 1), P[0]);
        return Math.sqrt(2 * Math.PI) * t ** (x + 0.5) * Math.exp(-t) * a;
      })(z - 1);

const factorial = (n) => (n <= 1 ? 1 : n * factorial(n - 1));

[1, 2, 5, 10].forEach((n) => console.log(n, gamma(n), factorial(n - 1)));
console.log('Gamma(1/2)^2 =', gamma(0.5) ** 2, 'pi =', Math.PI);
console.log('Gamma(-1.5) =', gamma(-1.5));
