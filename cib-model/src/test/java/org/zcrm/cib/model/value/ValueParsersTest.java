package org.zcrm.cib.model.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0,0", "100,100", "-5,-5", "+7,7", "INFINITY,1000000", "+INFINITY,1000000",
      "-INFINITY,-1000000", "infinity,1000000", "5000000,1000000", "-99999999999,-1000000", "' 12 ',12"})
  void scores(String text, int expected) {
    assertEquals(OptionalInt.of(expected), Score.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "abc", "1.5", "INF", "10x", "-", "red"})
  void notScores(String text) {
    assertFalse(Score.isValid(text));
  }

  @Test
  void scoreArithmeticSaturates() {
    assertEquals(Score.INFINITY, Score.add(Score.INFINITY, 5));
    assertEquals(-Score.INFINITY, Score.add(Score.INFINITY, -Score.INFINITY));
    assertEquals(Score.INFINITY, Score.add(900_000, 200_000));
    assertEquals("-INFINITY", Score.format(-2_000_000));
    assertTrue(Score.isHealthKeyword("Yellow"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0,0", "10,10000", "10s,10000", "10sec,10000", "500ms,500", "500msec,500", "2000us,2",
      "1m,60000", "1min,60000", "2h,7200000", "1hr,3600000", "' 30 s',30000", "3.5s,3000",
      "PT10S,10000", "P40S,40000", "P1DT2H,93600000", "PT1M30S,90000", "P1W,604800000"})
  void durations(String text, long ms) {
    assertEquals(OptionalLong.of(ms), PcmkDuration.parseMs(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "often", "10 parsecs", "-5s", "P", "PT", "P1X", "s"})
  void notDurations(String text) {
    assertFalse(PcmkDuration.isValid(text), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2020-01-01|2020-01-01T00:00Z",
      "2019-09-20 15:10:52 +00:00|2019-09-20T15:10:52Z",
      "2019-09-23 11:00:00 -05:00|2019-09-23T11:00-05:00",
      "2026-01-31T12:00:00Z|2026-01-31T12:00Z",
      "2005-001|2005-01-01T00:00Z",
      "2026-W01-1|2025-12-29T00:00Z",
      "20260131T120000+0100|2026-01-31T12:00+01:00"})
  void dates(String text, String expected) {
    assertEquals(OffsetDateTime.parse(expected), PcmkDate.parse(text).orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "next tuesday", "2026-13-01", "2026-02-30", "2026-01-01 25:00:00", "01/02/2026"})
  void notDates(String text) {
    assertFalse(PcmkDate.isValid(text), text);
  }

  @Test
  void booleansAndRoles() {
    for (String t : new String[] {"true", "on", "YES", "y", "1"}) {
      assertTrue(PcmkBool.isTrue(t), t);
    }
    for (String f : new String[] {"false", "off", "no", "N", "0"}) {
      assertTrue(PcmkBool.isBoolean(f) && !PcmkBool.isTrue(f), f);
    }
    assertFalse(PcmkBool.isBoolean("maybe"));
    assertEquals(Role.PROMOTED, Role.parse("Master").orElseThrow());
    assertEquals(Role.UNPROMOTED, Role.parse("slave").orElseThrow());
    assertEquals(Role.STARTED, Role.parse("Started").orElseThrow());
    assertTrue(Role.parse("Boss").isEmpty());
    assertEquals(-1, PcmkInt.parse("x", -1));
    assertEquals(42L, PcmkInt.parseLong("+42", 0));
  }
}
