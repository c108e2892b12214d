// expect: none
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/orders")
public class HoNegOrderController {
    private final Map<Long, List<String>> orders = new ConcurrentHashMap<>();

    @GetMapping("/{id}")
    public ResponseEntity<List<String>> get(@PathVariable long id) {
        List<String> o = orders.get(id);
        return o == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(o);
    }

    @PostMapping
    public long create(@RequestBody List<String> items) {
        long id = orders.size() + 1L;
        orders.put(id, items);
        return id;
    }
}
