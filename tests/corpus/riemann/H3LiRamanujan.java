// expect: logarithmic_integral
public class H3LiRamanujan {
    static final double EULER_GAMMA = 0.5772156649015329;

    // li(x) by Ramanujan's rapidly converging series
    static double li(double x) {
        double lnx = Math.log(x);
        double sum = 0, fact = 1, pow2 = 1;
        double inner = 0;
        for (int n = 1; n < 100; n++) {
            fact *= n;
            pow2 *= 2;
            if ((n - 1) % 2 == 0) inner += 1.0 / (2 * ((n - 1) / 2) + 1);
            double term = Math.pow(-1, n - 1) * Math.pow(lnx, n) / (fact * pow2 / 2) * inner;
            sum += term;
            if (Math.abs(term) < 1e-17) break;
        }
        return EULER_GAMMA + Math.log(lnx) + Math.sqrt(x) * sum;
    }

    public static void main(String[] args) {
        for (int e = 1; e <= 12; e++) {
            double x = Math.pow(10, e);
            System.out.printf("li(1e%d) = %.3f  Li = %.3f%n", e, li(x), li(x) - li(2));
        }
    }
}
