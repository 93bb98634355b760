package io.f3console.app;

/** The single entry point. Placeholder until the CLI lands. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.out.println("F3 Console");
  }
}
