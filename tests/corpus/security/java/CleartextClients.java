import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.web.client.RestTemplate;

class CleartextClients {
    String fetchPlain() {
        // ruleid: java.cleartext-transport
        RestTemplate rest = new RestTemplate();
        String status = "http://status.internal.example/health";
        return rest.getForObject(status, String.class);
    }

    String fetchTls() {
        // ok: java.cleartext-transport
        RestTemplate rest = new RestTemplate();
        String status = "https://status.example.com/health";
        return rest.getForObject(status, String.class);
    }

    void postPlain(String body) throws Exception {
        // ruleid: java.cleartext-transport
        CloseableHttpClient client = HttpClients.createDefault();
        String target = "http://collector.example/ingest";
        client.execute(new org.apache.http.client.methods.HttpPost(target));
    }

    void postTls(String body) throws Exception {
        // ok: java.cleartext-transport
        CloseableHttpClient client = HttpClients.createDefault();
        client.execute(new org.apache.http.client.methods.HttpPost("https://collector.example/ingest"));
    }
}
