// expect: zeta_function
function zeta(s, terms = 100000) {
  let sum = 0;
  for (let n = 1; n <= terms; n++) sum += 1 / Math.pow(n, s);
  return sum;
}
console.log(zeta(2), Math.PI ** 2 / 6);
