// expect: zeta_zeros
import java.util.Arrays;

/** Normalised spacings between the first nontrivial zeros of zeta (Montgomery / GUE). */
public class H5ZeroGaps {
    static final double[] GAMMA = {
        14.134725141734693, 21.022039638771555, 25.010857580145688, 30.424876125859513,
        32.935061587739189, 37.586178158825671, 40.918719012147495, 43.327073280914999,
        48.005150881167159, 49.773832477672302, 52.970321477714460, 56.446247697063394,
    };

    static double density(double t) {
        return Math.log(t / (2 * Math.PI)) / (2 * Math.PI);
    }

    public static void main(String[] args) {
        double[] spacing = new double[GAMMA.length - 1];
        for (int i = 0; i + 1 < GAMMA.length; i++) {
            double mid = (GAMMA[i] + GAMMA[i + 1]) / 2;
            spacing[i] = (GAMMA[i + 1] - GAMMA[i]) * density(mid);
        }
        System.out.println(Arrays.toString(spacing));
        System.out.printf("mean normalised gap %.4f%n", Arrays.stream(spacing).average().orElse(0));
        double n = GAMMA[GAMMA.length - 1];
        double rvm = n / (2 * Math.PI) * Math.log(n / (2 * Math.PI * Math.E)) + 7.0 / 8;
        System.out.printf("N(T) estimate at T=%.3f: %.2f (actual %d)%n", n, rvm, GAMMA.length);
    }
}
