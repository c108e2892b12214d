// expect: gamma_function
public class H3LogGamma {
    private static final double[] COF = {
        57.1562356658629235, -59.5979603554754912, 14.1360979747417471,
        -0.491913816097620199, .339946499848118887e-4, .465236289270485756e-4,
        -.983744753048795646e-4, .158088703224912494e-3, -.210264441724104883e-3,
        .217439618115212643e-3, -.164318106536763890e-3, .844182239838527433e-4,
        -.261908384015814087e-4, .368991826595316234e-5
    };

    /** ln Gamma(xx) for xx > 0. */
    public static double gammln(double xx) {
        double x = xx, y = xx, tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double ser = 0.999999999999997092;
        for (double c : COF) ser += c / ++y;
        return tmp + Math.log(2.5066282746310005 * ser / x);
    }

    public static double factorial(int n) {
        return Math.round(Math.exp(gammln(n + 1.0)));
    }

    public static void main(String[] args) {
        for (int n = 0; n <= 20; n++) System.out.println(n + "! = " + factorial(n));
        System.out.println("Gamma(0.5)^2 = " + Math.exp(2 * gammln(0.5)));
    }
}
