// expect: gamma_function
public class H4LanczosGamma {
    private static final double G = 7;
    private static final double[] COEF = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7
    };

    public static double gamma(double x) {
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        }
        x -= 1;
        double a = COEF[0];
        double t = x + G + 0.5;
        for (int i = 1; i < COEF.length; i++) a += COEF[i] / (x + i);
        return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
    }

    public static void main(String[] args) {
        for (double x = -2.5; x <= 6; x += 0.5) {
            if (x == Math.rint(x) && x <= 0) continue;
            System.out.printf("Gamma(%.1f) = %.12f%n", x, gamma(x));
        }
    }
}
