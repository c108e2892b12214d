// expect: none
import java.util.List;

public class H3NegPortfolio {
    record Position(String ticker, double shares, double price) {}

    static double logReturn(double p0, double p1) { return Math.log(p1 / p0); }

    static double annualisedVolatility(List<Double> dailyReturns) {
        double mean = dailyReturns.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = dailyReturns.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum()
                / (dailyReturns.size() - 1);
        return Math.sqrt(var) * Math.sqrt(252);
    }

    static double compound(double principal, double rate, int years) {
        return principal * Math.pow(1 + rate, years);
    }

    public static void main(String[] args) {
        List<Position> book = List.of(new Position("ACME", 10, 101.5), new Position("INIT", 3, 17.25));
        double value = book.stream().mapToDouble(p -> p.shares() * p.price()).sum();
        System.out.printf("value %.2f, vol %.4f, fv %.2f, r %.4f%n", value,
            annualisedVolatility(List.of(0.01, -0.02, 0.015, 0.003)), compound(value, 0.05, 10),
            logReturn(100, 105));
    }
}
