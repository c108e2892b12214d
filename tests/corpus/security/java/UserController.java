package com.example;

import java.beans.XMLDecoder;
import java.io.File;
import java.io.ObjectInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import javax.crypto.Cipher;
import javax.script.ScriptEngine;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

public class UserController {
    // ruleid: java.hardcoded-secret
    private static final String DB_PASSWORD = "Sup3rS3cret!";
    // ok: java.hardcoded-secret
    private static final String PASSWORD_PARAM = "password";

    public ResultSet find(Connection conn, HttpServletRequest request) throws Exception {
        Statement stmt = conn.createStatement();
        // ruleid: java.sql-injection
        return stmt.executeQuery("SELECT * FROM users WHERE name = '" + request.getParameter("name") + "'");
    }

    public ResultSet findSafe(Connection conn, HttpServletRequest request) throws Exception {
        // ok: java.sql-injection
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
        ps.setString(1, request.getParameter("name"));
        return ps.executeQuery();
    }

    public void ping(HttpServletRequest request) throws Exception {
        // ruleid: java.runtime-exec
        Runtime.getRuntime().exec("ping -c 1 " + request.getParameter("host"));
    }

    public void pingSafe() throws Exception {
        // ok: java.runtime-exec
        Runtime.getRuntime().exec(new String[] {"ping", "-c", "1", "localhost"});
    }

    public void shell(String cmd) throws Exception {
        // ruleid: java.process-builder
        new ProcessBuilder("sh", "-c", cmd).start();
    }

    public void listDir() throws Exception {
        // ok: java.process-builder
        new ProcessBuilder("ls", "-l").start();
    }

    public Object restore(java.io.InputStream in) throws Exception {
        // ruleid: java.deserialization
        ObjectInputStream ois = new ObjectInputStream(in);
        return ois.readObject();
    }

    public Object restoreBeans(java.io.InputStream in) {
        // ruleid: java.deserialization
        XMLDecoder d = new XMLDecoder(in);
        return d.readObject();
    }

    public byte[] hash(byte[] data) throws Exception {
        // ruleid: java.weak-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        return md.digest(data);
    }

    public byte[] hashSafe(byte[] data) throws Exception {
        // ok: java.weak-hash
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return md.digest(data);
    }

    public Cipher cipher() throws Exception {
        // ruleid: java.weak-cipher
        return Cipher.getInstance("DES/ECB/PKCS5Padding");
    }

    public Cipher cipherSafe() throws Exception {
        // ok: java.weak-cipher
        return Cipher.getInstance("AES/GCM/NoPadding");
    }

    public int token() {
        // ruleid: java.insecure-random
        Random r = new Random();
        return r.nextInt();
    }

    public File download(HttpServletRequest request) {
        // ruleid: java.path-traversal
        return new File("/srv/files/" + request.getParameter("file"));
    }

    public File downloadSafe() {
        // ok: java.path-traversal
        return new File("/srv/files/index.html");
    }

    public Object script(ScriptEngine engine, String code) throws Exception {
        // ruleid: java.script-eval
        return engine.eval(code);
    }

    public void parse() throws Exception {
        // ruleid: java.xxe
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // ruleid: java.xxe
        dbf.newDocumentBuilder();
    }

    public void echo(HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.xss
        response.getWriter().println("<p>" + request.getParameter("q") + "</p>");
    }

    public Class<?> plugin(String name) throws Exception {
        // ruleid: java.reflection
        return Class.forName(name);
    }

    public Class<?> driver() throws Exception {
        // ok: java.reflection
        return Class.forName("org.postgresql.Driver");
    }

    public void comments() {
        // Runtime.getRuntime().exec(cmd) is not called here
        // ok: java.runtime-exec
        String doc = "Runtime.getRuntime().exec(cmd)";
    }
}
