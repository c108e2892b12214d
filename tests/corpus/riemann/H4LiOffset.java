// expect: logarithmic_integral
public class H4LiOffset {
    /** Offset logarithmic integral Li(x) = integral from 2 to x of dt / ln t, by composite Simpson. */
    static double offsetLi(double x, int n) {
        if (n % 2 == 1) n++;
        double a = 2, h = (x - a) / n;
        double sum = 1 / Math.log(a) + 1 / Math.log(x);
        for (int i = 1; i < n; i++) {
            double t = a + i * h;
            sum += (i % 2 == 0 ? 2 : 4) / Math.log(t);
        }
        return sum * h / 3;
    }

    public static void main(String[] args) {
        for (double x = 1e2; x <= 1e9; x *= 10) {
            System.out.printf("Li(%.0e) = %.2f%n", x, offsetLi(x, 2_000_000));
        }
    }
}
