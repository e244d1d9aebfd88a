package org.zcrm.cib.model.rule;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** A cron-like date specification. */
@XmlRootElement(name = "date_spec")
public class DateSpec extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "date_spec";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "hours")
  private String hours;
  @XmlAttribute(name = "monthdays")
  private String monthdays;
  @XmlAttribute(name = "weekdays")
  private String weekdays;
  @XmlAttribute(name = "yeardays")
  private String yeardays;
  @XmlAttribute(name = "months")
  private String months;
  @XmlAttribute(name = "weeks")
  private String weeks;
  @XmlAttribute(name = "years")
  private String years;
  @XmlAttribute(name = "weekyears")
  private String weekyears;
  @XmlAttribute(name = "moon")
  private String moon;
  @XmlAttribute(name = "minutes")
  private String minutes;
  @XmlAttribute(name = "seconds")
  private String seconds;

  @XmlAnyElement
  private List<Object> children;

  @Override
  protected final List<Object> rawChildren() {
    return children;
  }

  @Override
  protected final List<Object> newChildren() {
    children = new ArrayList<>(4);
    return children;
  }

  /** The {@code id} attribute, or null. */
  public String getId() {
    return id;
  }

  public DateSpec setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code hours} attribute, or null. */
  public String getHours() {
    return hours;
  }

  public DateSpec setHours(String hours) {
    this.hours = hours;
    return this;
  }

  /** The {@code monthdays} attribute, or null. */
  public String getMonthdays() {
    return monthdays;
  }

  public DateSpec setMonthdays(String monthdays) {
    this.monthdays = monthdays;
    return this;
  }

  /** The {@code weekdays} attribute, or null. */
  public String getWeekdays() {
    return weekdays;
  }

  public DateSpec setWeekdays(String weekdays) {
    this.weekdays = weekdays;
    return this;
  }

  /** The {@code yeardays} attribute, or null. */
  public String getYeardays() {
    return yeardays;
  }

  public DateSpec setYeardays(String yeardays) {
    this.yeardays = yeardays;
    return this;
  }

  /** The {@code months} attribute, or null. */
  public String getMonths() {
    return months;
  }

  public DateSpec setMonths(String months) {
    this.months = months;
    return this;
  }

  /** The {@code weeks} attribute, or null. */
  public String getWeeks() {
    return weeks;
  }

  public DateSpec setWeeks(String weeks) {
    this.weeks = weeks;
    return this;
  }

  /** The {@code years} attribute, or null. */
  public String getYears() {
    return years;
  }

  public DateSpec setYears(String years) {
    this.years = years;
    return this;
  }

  /** The {@code weekyears} attribute, or null. */
  public String getWeekyears() {
    return weekyears;
  }

  public DateSpec setWeekyears(String weekyears) {
    this.weekyears = weekyears;
    return this;
  }

  /** The {@code moon} attribute, or null. */
  public String getMoon() {
    return moon;
  }

  public DateSpec setMoon(String moon) {
    this.moon = moon;
    return this;
  }

  /** The {@code minutes} attribute, or null. */
  public String getMinutes() {
    return minutes;
  }

  public DateSpec setMinutes(String minutes) {
    this.minutes = minutes;
    return this;
  }

  /** The {@code seconds} attribute, or null. */
  public String getSeconds() {
    return seconds;
  }

  public DateSpec setSeconds(String seconds) {
    this.seconds = seconds;
    return this;
  }
}
