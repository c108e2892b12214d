// expect: none
import java.math.BigDecimal;
import java.math.RoundingMode;

public class H2NegInterest {
    static double compound(double principal, double rate, int periodsPerYear, int years) {
        return principal * Math.pow(1 + rate / periodsPerYear, (double) periodsPerYear * years);
    }

    static double continuous(double principal, double rate, double years) {
        return principal * Math.exp(rate * years);
    }

    static double yearsToDouble(double rate) {
        return Math.log(2) / Math.log(1 + rate);
    }

    public static void main(String[] args) {
        for (int n : new int[] {1, 4, 12, 365}) {
            BigDecimal v = BigDecimal.valueOf(compound(1000, 0.05, n, 10)).setScale(2, RoundingMode.HALF_EVEN);
            System.out.println(n + " -> " + v);
        }
        System.out.println(continuous(1000, 0.05, 10));
        System.out.println(yearsToDouble(0.07));
    }
}
