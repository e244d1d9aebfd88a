package org.zcrm.cli;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence): "- line" only in the first list, "+ line" only in the second. */
final class LineDiff {
  private LineDiff() {}

  /** Empty when both lists are equal; otherwise the changed lines in order, common lines left out. */
  static List<String> diff(List<String> a, List<String> b) {
    if (a.equals(b)) {
      return List.of();
    }
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add("- " + a.get(i++));
      } else {
        out.add("+ " + b.get(j++));
      }
    }
    return out;
  }
}
