// expect: zeta_function
public final class HoZetaSeries {
    private HoZetaSeries() {}

    /** Riemann zeta for real s > 1: direct partial sum plus an Euler-Maclaurin tail correction. */
    public static double zeta(double s, int terms) {
        double total = 0.0;
        for (int k = 1; k < terms; k++) {
            total += 1.0 / Math.pow(k, s);
        }
        double N = terms;
        total += Math.pow(N, 1 - s) / (s - 1) + 0.5 * Math.pow(N, -s) + s * Math.pow(N, -s - 1) / 12.0;
        return total;
    }

    public static void main(String[] args) {
        for (double s : new double[] {1.1, 2.0, 3.0, 4.0, 6.0}) {
            System.out.println("zeta(" + s + ") = " + zeta(s, 1000));
        }
        System.out.println("pi^2/6 = " + Math.PI * Math.PI / 6);
    }
}
