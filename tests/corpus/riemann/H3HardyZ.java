// expect: riemann_siegel
public class H3HardyZ {
    static double theta(double t) {
        return t / 2.0 * Math.log(t / (2.0 * Math.PI)) - t / 2.0 - Math.PI / 8.0
                + 1.0 / (48.0 * t) + 7.0 / (5760.0 * t * t * t);
    }

    static double correction(double p) {
        return Math.cos(2.0 * Math.PI * (p * p - p - 1.0 / 16.0)) / Math.cos(2.0 * Math.PI * p);
    }

    /** Riemann-Siegel formula for Z(t), main sum plus first correction term. */
    static double z(double t) {
        double a = Math.sqrt(t / (2.0 * Math.PI));
        int n = (int) Math.floor(a);
        double th = theta(t);
        double sum = 0;
        for (int k = 1; k <= n; k++) sum += Math.cos(th - t * Math.log(k)) / Math.sqrt(k);
        double r = Math.pow(-1, n - 1) * Math.pow(a, -0.5) * correction(a - n);
        return 2.0 * sum + r;
    }

    public static void main(String[] args) {
        for (double t = 10; t <= 50; t += 0.5) {
            System.out.printf("%6.2f  % .6f%n", t, z(t));
        }
    }
}
