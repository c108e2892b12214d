// expect: riemann_siegel, zeta_zeros
import java.util.ArrayList;
import java.util.List;

public class H2SiegelZ {
    private static final double TWO_PI = 2 * Math.PI;

    static double theta(double t) {
        return (t / 2) * Math.log(t / TWO_PI) - t / 2 - Math.PI / 8 + 1 / (48 * t);
    }

    static double hardyZ(double t) {
        double tau = Math.sqrt(t / TWO_PI);
        int m = (int) Math.floor(tau);
        double sum = 0;
        double th = theta(t);
        for (int n = 1; n <= m; n++) {
            sum += Math.cos(th - t * Math.log(n)) / Math.sqrt(n);
        }
        double z = tau - m;
        double psi = Math.cos(TWO_PI * (z * z - z - 1.0 / 16)) / Math.cos(TWO_PI * z);
        double sign = (m % 2 == 1) ? 1 : -1;
        return 2 * sum + sign * Math.pow(tau, -0.5) * psi;
    }

    public static void main(String[] args) {
        List<Double> zeros = new ArrayList<>();
        double h = 0.01;
        double prev = hardyZ(10);
        for (double t = 10 + h; t < 50; t += h) {
            double cur = hardyZ(t);
            if (Math.signum(cur) != Math.signum(prev)) {
                double a = t - h, b = t;
                for (int i = 0; i < 50; i++) {
                    double mid = 0.5 * (a + b);
                    if (Math.signum(hardyZ(mid)) == Math.signum(hardyZ(a))) a = mid; else b = mid;
                }
                zeros.add(0.5 * (a + b));
            }
            prev = cur;
        }
        zeros.forEach(g -> System.out.printf("gamma = %.6f%n", g));
    }
}
