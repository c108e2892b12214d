// expect: none
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class H2NegOrderService {
    record Order(String id, String customer, double amount, int priority) {}

    private final List<Order> orders;

    public H2NegOrderService(List<Order> orders) {
        this.orders = orders;
    }

    public Map<String, Double> totalsByCustomer() {
        return orders.stream().collect(Collectors.groupingBy(Order::customer, Collectors.summingDouble(Order::amount)));
    }

    public List<Order> page(int page, int size) {
        return orders.stream().skip((long) page * size).limit(size).collect(Collectors.toList());
    }

    public String shardFor(Order o, int shards) {
        return "orders-" + Math.floorMod(o.id().hashCode(), shards);
    }

    public double stddev() {
        double mean = orders.stream().mapToDouble(Order::amount).average().orElse(0);
        double var = orders.stream().mapToDouble(o -> Math.pow(o.amount() - mean, 2)).average().orElse(0);
        return Math.sqrt(var);
    }
}
