package org.zcrm.cib.model.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pacemaker's ISO 8601 date-times as rules use them: a calendar date ({@code 2026-01-31}), an
 * ordinal date ({@code 2005-001}) or a week date ({@code 2026-W05-3}), optionally followed by a time
 * ({@code T} or a space, then {@code HH:MM[:SS]} or {@code HHMMSS}) and a zone ({@code Z},
 * {@code +HH:MM}, {@code -HHMM}, {@code +HH}, after optional whitespace). Without a zone, UTC.
 */
public final class PcmkDate {
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})-?(?:(\\d{2})-?(\\d{2})|W(\\d{2})-?(\\d)|(\\d{3}))");
  private static final Pattern TIME = Pattern.compile(
      "(\\d{2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?)?");
  private static final Pattern ZONE = Pattern.compile("Z|([+-])(\\d{2})(?::?(\\d{2}))?");

  private PcmkDate() {}

  /** The date-time {@code s} stands for, or empty when it is not one Pacemaker reads. */
  public static Optional<OffsetDateTime> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.strip();
    Matcher d = DATE.matcher(t);
    if (!d.lookingAt()) {
      return Optional.empty();
    }
    try {
      LocalDate date = date(d);
      String rest = t.substring(d.end());
      LocalTime time = LocalTime.MIDNIGHT;
      if (!rest.isEmpty() && (rest.charAt(0) == 'T' || rest.charAt(0) == ' ')) {
        String r = rest.substring(1).stripLeading();
        Matcher tm = TIME.matcher(r);
        if (!tm.lookingAt()) {
          return Optional.empty();
        }
        time = LocalTime.of(Integer.parseInt(tm.group(1)), num(tm.group(2)), num(tm.group(3)));
        rest = r.substring(tm.end());
      }
      rest = rest.strip();
      ZoneOffset zone = ZoneOffset.UTC;
      if (!rest.isEmpty()) {
        Matcher z = ZONE.matcher(rest);
        if (!z.matches()) {
          return Optional.empty();
        }
        if (z.group(1) != null) {
          int h = Integer.parseInt(z.group(2));
          int m = num(z.group(3));
          zone = ZoneOffset.ofHoursMinutes(z.group(1).equals("-") ? -h : h, z.group(1).equals("-") ? -m : m);
        }
      }
      return Optional.of(OffsetDateTime.of(date, time, zone));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** True when {@code s} is a date-time Pacemaker reads. */
  public static boolean isValid(String s) {
    return parse(s).isPresent();
  }

  private static LocalDate date(Matcher d) {
    int year = Integer.parseInt(d.group(1));
    if (d.group(2) != null) {
      return LocalDate.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
    }
    if (d.group(4) != null) {
      int week = Integer.parseInt(d.group(4));
      int day = Integer.parseInt(d.group(5));
      LocalDate base = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week);
      return base.with(DayOfWeek.of(day));
    }
    return LocalDate.ofYearDay(year, Integer.parseInt(d.group(6)));
  }

  private static int num(String s) {
    return s == null ? 0 : Integer.parseInt(s);
  }
}
