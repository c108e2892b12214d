// expect: mobius_function, prime_pattern
public class H2MertensArray {
    public static void main(String[] args) {
        int n = 2_000_000;
        byte[] mu = new byte[n + 1];
        boolean[] composite = new boolean[n + 1];
        java.util.Arrays.fill(mu, (byte) 1);
        for (int p = 2; p <= n; p++) {
            if (composite[p]) continue;
            for (int m = p; m <= n; m += p) {
                if (m > p) composite[m] = true;
                mu[m] = (byte) -mu[m];
            }
            long sq = (long) p * p;
            for (long m = sq; m <= n; m += sq) mu[(int) m] = 0;
        }
        long M = 0;
        for (int k = 1; k <= n; k++) {
            M += mu[k];
            if (Integer.bitCount(k) == 1) System.out.println("M(" + k + ") = " + M);
        }
    }
}
