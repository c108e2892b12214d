// expect: none
function mean(xs) { return xs.reduce((a, b) => a + b, 0) / xs.length; }
function stddev(xs) {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}
function entropy(counts) {
  const n = counts.reduce((a, b) => a + b, 0);
  return -counts.filter((c) => c > 0).reduce((h, c) => h + (c / n) * Math.log2(c / n), 0);
}
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  const idx = (p / 100) * (s.length - 1);
  const lo = Math.floor(idx), hi = Math.ceil(idx);
  return s[lo] + (s[hi] - s[lo]) * (idx - lo);
}
const latencies = [12, 15, 11, 30, 22, 19, 17, 45, 13, 16];
console.log(mean(latencies), stddev(latencies), percentile(latencies, 95), entropy([5, 3, 2]));
