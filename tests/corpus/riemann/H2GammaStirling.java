// expect: gamma_function
public final class H2GammaStirling {
    private H2GammaStirling() {}

    /** log Gamma(x) by recurrence up to x >= 10 then the Stirling series. */
    public static double logGamma(double x) {
        double shift = 0;
        while (x < 10) {
            shift -= Math.log(x);
            x += 1;
        }
        double inv = 1 / x, inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
        return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
    }

    public static double gamma(double x) {
        if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        return Math.exp(logGamma(x));
    }

    public static void main(String[] args) {
        System.out.println(gamma(0.5) * gamma(0.5));
        for (int i = 1; i <= 10; i++) System.out.println(i + " " + gamma(i));
    }
}
