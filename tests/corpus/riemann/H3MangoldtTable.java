// expect: von_mangoldt, prime_pattern
public class H3MangoldtTable {
    public static void main(String[] args) {
        int n = 1_000_000;
        int[] spf = new int[n + 1];
        for (int i = 2; i <= n; i++) {
            if (spf[i] == 0) {
                for (int j = i; j <= n; j += i) if (spf[j] == 0) spf[j] = i;
            }
        }
        double[] lambda = new double[n + 1];
        for (int i = 2; i <= n; i++) {
            int p = spf[i], m = i;
            while (m % p == 0) m /= p;
            lambda[i] = (m == 1) ? Math.log(p) : 0.0;
        }
        double psi = 0;
        for (int x = 2; x <= n; x++) {
            psi += lambda[x];
            if (x % 100_000 == 0) System.out.println(x + " " + psi + " " + (psi - x));
        }
    }
}
