// Cases for the rules that tell a local constant from data (#not-constant?), XXE parsers,
// cookies, Groovy and cleartext transport. Safe look-alikes hold constants in locals.
import groovy.lang.GroovyShell;
import javax.servlet.http.*;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

public class LocalFlow {
    public void sql(JdbcTemplate jdbcTemplate, String input) throws Exception {
        // ruleid: java.sql-string-built
        String sql = "select * from Users where name = '" + input + "'";
        // ruleid: java.sql-injection
        jdbcTemplate.execute(sql);
        String safeSql = "select * from Users where name = '1'";
        // ok: java.sql-injection
        jdbcTemplate.execute(safeSql);
    }

    public void commands(String input) throws Exception {
        // ruleid: java.runtime-exec
        Runtime.getRuntime().exec("bash", "-c", input);
        // ok: java.runtime-exec
        Runtime.getRuntime().exec(new String[] {"c:\\tools\\convert.exe", input});
    }

    public void groovy(String script) {
        GroovyShell shell = new GroovyShell();
        // ruleid: java.groovy-eval
        shell.evaluate(script);
        String fixed = "test.groovy";
        // ok: java.groovy-eval
        shell.parse(fixed);
    }

    public void cookies(String value, HttpServletResponse response) {
        Cookie cookie = new Cookie("cookie", value);
        cookie.setSecure(true);
        // ruleid: java.insecure-cookie
        response.addCookie(cookie);
    }

    public void safeCookie(String value, HttpServletResponse response) {
        Cookie cookie = new Cookie("cookie", value);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        // ok: java.insecure-cookie
        response.addCookie(cookie);
    }

    public void transport() throws Exception {
        // ruleid: java.cleartext-transport
        java.net.URL a = new java.net.URL("http://example.com");
        // ok: java.cleartext-transport
        java.net.URL b = new java.net.URL("https://example.com");
    }
}

class UnsafeParser {
    public void parse(DocumentBuilderFactory dbf) throws Exception {
        // ruleid: java.xxe
        dbf.newDocumentBuilder();
    }
}

class SafeParser {
    public void parse(DocumentBuilderFactory dbf) throws Exception {
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // ok: java.xxe
        dbf.newDocumentBuilder();
    }
}
