// expect: von_mangoldt, prime_pattern
public class HoVonMangoldt {
    public static void main(String[] args) {
        int limit = 100000;
        int[] spf = new int[limit + 1];
        for (int i = 2; i <= limit; i++) {
            if (spf[i] == 0) {
                for (int j = i; j <= limit; j += i) {
                    if (spf[j] == 0) spf[j] = i;
                }
            }
        }
        double[] lambda = new double[limit + 1];
        for (int n = 2; n <= limit; n++) {
            int p = spf[n];
            int m = n;
            while (m % p == 0) m /= p;
            lambda[n] = (m == 1) ? Math.log(p) : 0.0;
        }
        double psi = 0;
        for (int n = 1; n <= limit; n++) {
            psi += lambda[n];
            if (n % 10000 == 0) System.out.println("psi(" + n + ")/" + n + " = " + psi / n);
        }
    }
}
