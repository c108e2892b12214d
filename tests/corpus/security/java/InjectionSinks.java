// Cases for method parameters that reach LDAP filters, expression evaluators (SpEL, EL, OGNL,
// ScriptEngine), redirects and URL rewriting. Safe look-alikes pass constants.
import javax.naming.directory.*;
import javax.script.ScriptEngine;
import javax.servlet.http.*;
import com.opensymphony.xwork2.ognl.OgnlReflectionProvider;
import org.springframework.expression.ExpressionParser;

public class InjectionSinks {
    // ruleid: java.ldap-injection
    public void ldap(DirContext ctx, String user) throws Exception {
        ctx.search("dc=example,dc=com", "(uid=" + user + ")", new SearchControls());
    }

    // ok: java.ldap-injection
    public void ldapConstant(DirContext ctx) throws Exception {
        ctx.search("dc=example,dc=com", "(uid=admin)", new SearchControls());
    }

    // ruleid: java.expression-injection
    public Object spel(ExpressionParser parser, String property) {
        return parser.parseExpression(property + " == 'x'");
    }

    // ok: java.expression-injection
    public Object spelConstant(ExpressionParser parser, String property) {
        return parser.parseExpression("'safe expression'");
    }

    // ruleid: java.expression-injection
    public void ognl(String input, OgnlReflectionProvider provider, Class type) throws Exception {
        provider.getGetMethod(type, input);
    }

    // ok: java.expression-injection
    public void ognlConstant(OgnlReflectionProvider provider, Class type) throws Exception {
        provider.getField(type, "name");
    }

    // ruleid: java.expression-injection
    public Object script(ScriptEngine engine, String code) throws Exception {
        return engine.eval("x=1;" + code);
    }

    // ruleid: java.redirect-from-parameter
    public void redirect(HttpServletResponse resp, String url) throws Exception {
        resp.sendRedirect(url);
    }

    // ok: java.redirect-from-parameter
    public void redirectHome(HttpServletResponse resp) throws Exception {
        resp.sendRedirect("/home");
    }

    // ruleid: java.redirect-from-parameter
    public String springRedirect(String next) {
        return "redirect:" + next;
    }

    // ok: java.redirect-from-parameter
    public String springRedirectHome() {
        return "redirect:/";
    }

    // ruleid: java.url-rewriting
    public String rewrite(HttpServletResponse resp, String url) {
        return resp.encodeURL(url);
    }

    // ok: java.url-rewriting
    public String header(HttpServletResponse resp, String name) {
        return resp.getHeader(name);
    }

    // ruleid: java.cors-any-origin
    public void cors(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
    }

    // ok: java.cors-any-origin
    public void corsOrigin(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "https://example.com");
    }

    public void upload(HttpServletRequest request) throws Exception {
        String image = request.getParameter("image");
        // ruleid: java.path-traversal
        java.io.File file = new java.io.File("static/images/", image);
        String fixed = "logo.png";
        // ok: java.path-traversal
        java.io.File logo = new java.io.File("static/images/", fixed);
    }

    public void formatted(org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, String sql, String input) {
        // ruleid: java.sql-injection
        jdbcTemplate.execute(String.format(sql, input));
        // ok: java.sql-injection
        jdbcTemplate.execute(String.format("DELETE FROM t WHERE id = %d", 1));
    }
}
