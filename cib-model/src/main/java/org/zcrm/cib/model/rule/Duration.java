package org.zcrm.cib.model.rule;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** A duration inside a date expression. */
@XmlRootElement(name = "duration")
public class Duration extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "duration";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "years")
  private String years;
  @XmlAttribute(name = "months")
  private String months;
  @XmlAttribute(name = "weeks")
  private String weeks;
  @XmlAttribute(name = "days")
  private String days;
  @XmlAttribute(name = "hours")
  private String hours;
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

  public Duration setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code years} attribute, or null. */
  public String getYears() {
    return years;
  }

  public Duration setYears(String years) {
    this.years = years;
    return this;
  }

  /** The {@code months} attribute, or null. */
  public String getMonths() {
    return months;
  }

  public Duration setMonths(String months) {
    this.months = months;
    return this;
  }

  /** The {@code weeks} attribute, or null. */
  public String getWeeks() {
    return weeks;
  }

  public Duration setWeeks(String weeks) {
    this.weeks = weeks;
    return this;
  }

  /** The {@code days} attribute, or null. */
  public String getDays() {
    return days;
  }

  public Duration setDays(String days) {
    this.days = days;
    return this;
  }

  /** The {@code hours} attribute, or null. */
  public String getHours() {
    return hours;
  }

  public Duration setHours(String hours) {
    this.hours = hours;
    return this;
  }

  /** The {@code minutes} attribute, or null. */
  public String getMinutes() {
    return minutes;
  }

  public Duration setMinutes(String minutes) {
    this.minutes = minutes;
    return this;
  }

  /** The {@code seconds} attribute, or null. */
  public String getSeconds() {
    return seconds;
  }

  public Duration setSeconds(String seconds) {
    this.seconds = seconds;
    return this;
  }
}
