// expect: critical_line, zeta_function
public class H3CriticalLineEta {
    record Cx(double re, double im) {
        Cx plus(Cx o) { return new Cx(re + o.re, im + o.im); }
        Cx times(Cx o) { return new Cx(re * o.re - im * o.im, re * o.im + im * o.re); }
        Cx over(Cx o) {
            double d = o.re * o.re + o.im * o.im;
            return new Cx((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
        }
        double abs() { return Math.hypot(re, im); }
    }

    static Cx nPowMinusS(int n, Cx s) {
        double l = Math.log(n), mag = Math.exp(-s.re * l);
        return new Cx(mag * Math.cos(-s.im * l), mag * Math.sin(-s.im * l));
    }

    static Cx zeta(Cx s, int terms) {
        Cx eta = new Cx(0, 0);
        for (int n = 1; n <= terms; n++) {
            Cx t = nPowMinusS(n, s);
            eta = eta.plus(n % 2 == 1 ? t : new Cx(-t.re, -t.im));
        }
        Cx twoTerm = nPowMinusS(2, new Cx(s.re - 1, s.im));
        return eta.over(new Cx(1 - twoTerm.re, -twoTerm.im));
    }

    public static void main(String[] args) {
        for (double t = 0; t <= 40; t += 1.0) {
            Cx s = new Cx(0.5, t);
            System.out.printf("|zeta(1/2 + %.1fi)| = %.5f%n", t, zeta(s, 100000).abs());
        }
    }
}
