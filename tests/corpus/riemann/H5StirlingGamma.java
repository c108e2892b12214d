// expect: gamma_function
public class H5StirlingGamma {
    /** ln Gamma(x) by shifting x up to 10 and applying Stirling's asymptotic series. */
    static double lnGamma(double x) {
        double shift = 0;
        while (x < 10) {
            shift -= Math.log(x);
            x += 1;
        }
        double inv = 1 / x, inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
        return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
    }

    static double gamma(double x) {
        if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        return Math.exp(lnGamma(x));
    }

    public static void main(String[] args) {
        for (double x : new double[] {0.5, 1, 1.5, 4, 7.25, -2.5}) {
            System.out.printf("Gamma(%5.2f) = %.12f%n", x, gamma(x));
        }
        System.out.println(gamma(0.5) * gamma(0.5) - Math.PI);
    }
}
