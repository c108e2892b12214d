// expect: riemann_siegel, zeta_zeros
import java.util.ArrayList;
import java.util.List;

public class H4SiegelZeros {
    static double theta(double t) {
        return t / 2 * Math.log(t / (2 * Math.PI)) - t / 2 - Math.PI / 8 + 1 / (48 * t);
    }

    static double Z(double t) {
        double tau = Math.sqrt(t / (2 * Math.PI));
        int N = (int) tau;
        double s = 0;
        for (int n = 1; n <= N; n++) s += Math.cos(theta(t) - t * Math.log(n)) / Math.sqrt(n);
        double p = tau - N;
        double c0 = Math.cos(2 * Math.PI * (p * p - p - 1.0 / 16)) / Math.cos(2 * Math.PI * p);
        return 2 * s + ((N - 1) % 2 == 0 ? 1 : -1) * c0 / Math.sqrt(tau);
    }

    public static void main(String[] args) {
        List<Double> zeros = new ArrayList<>();
        double step = 0.05, prev = Z(10);
        for (double t = 10 + step; t < 100; t += step) {
            double cur = Z(t);
            if (prev * cur < 0) {
                double lo = t - step, hi = t;
                for (int i = 0; i < 60; i++) {
                    double mid = (lo + hi) / 2;
                    if (Z(lo) * Z(mid) <= 0) hi = mid; else lo = mid;
                }
                zeros.add((lo + hi) / 2);
            }
            prev = cur;
        }
        for (int i = 0; i < zeros.size(); i++) System.out.printf("gamma_%d = %.6f%n", i + 1, zeros.get(i));
    }
}
