// expect: none
import java.util.*;

public class H4NegInventory {
    record Item(String sku, int qty, double price) {}

    private final Map<String, Item> items = new HashMap<>();
    private final int shards = 31;

    int shardOf(String sku) {
        return Math.floorMod(sku.hashCode(), shards);
    }

    void add(String sku, int qty, double price) {
        items.merge(sku, new Item(sku, qty, price), (a, b) -> new Item(sku, a.qty() + b.qty(), b.price()));
    }

    List<Item> lowStock(int threshold) {
        List<Item> out = new ArrayList<>();
        for (Item it : items.values()) if (it.qty() < threshold) out.add(it);
        out.sort(Comparator.comparingInt(Item::qty));
        return out;
    }

    public static void main(String[] args) {
        H4NegInventory inv = new H4NegInventory();
        inv.add("A-1", 3, 9.99);
        inv.add("B-7", 40, 1.25);
        inv.add("A-1", 2, 10.49);
        System.out.println(inv.lowStock(10) + " shard " + inv.shardOf("A-1"));
    }
}
