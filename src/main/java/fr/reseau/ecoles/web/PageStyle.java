package fr.reseau.ecoles.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one stylesheet of the application's own pages (the year's page and report), inline so that a
 * saved or printed page keeps it; the Content-Security-Policy allows exactly this text by its hash
 * and no other style or script ({@link SecurityHeaders}).
 */
public final class PageStyle {

  public static final String CSS =
      """
      body{font-family:"DejaVu Sans",Arial,sans-serif;color:#222;margin:24px auto;max-width:1000px;padding:0 16px;font-size:14px}
      h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;border-bottom:2px solid #1f5fa8;padding-bottom:4px;margin-top:28px}
      .sub{color:#555;margin-top:0}.links a{margin-right:16px}
      table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
      td.n,th.n{text-align:right}th{background:#eef3f9}
      figure{margin:12px 0}figcaption{font-weight:bold;margin-bottom:4px}
      svg{max-width:100%;height:auto;font-size:12px}svg .small{font-size:11px}svg .in{fill:#fff;font-size:11px}svg .total{font-weight:bold}
      .grid{display:flex;flex-wrap:wrap;gap:12px}.empty{color:#666;font-style:italic}
      .note{color:#555;font-size:12px}
      .chart{overflow-x:auto}.chart:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
      details.data{margin-top:4px;font-size:13px}details.data ul{margin:4px 0;padding-left:20px}
      @media (max-width:700px){.chart svg{max-width:none}body{margin:12px auto;padding:0 8px}}
      @media print{body{margin:0;max-width:none;font-size:11pt}.links,.noprint{display:none}h2{break-after:avoid}
        figure,table{break-inside:avoid}@page{size:A4;margin:15mm}}
      """;

  /** The CSP source that allows {@link #CSS} inline: {@code 'sha256-…'}. */
  public static final String CSP_SOURCE = "'sha256-" + sha256(CSS) + "'";

  private PageStyle() {}

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
