package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.crypto.internal.blst.BlstBackend;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No jblst ({@code supranational.*}) type appears in a public signature of the crypto API. */
class PublicApiIsolationTest {

  @ParameterizedTest
  @ValueSource(classes = {Bls.class, PublicKeyCheck.class, KeyStatus.class, BlsException.class,
      BlstBackend.class, BlstBackend.G1Decoding.class})
  void publicSignaturesUseNoJblstTypes(Class<?> type) {
    List<String> typeNames = new ArrayList<>();
    Stream.<Executable>concat(Stream.of(type.getMethods()), Stream.of(type.getConstructors()))
        .forEach(executable -> {
          for (Type parameter : executable.getGenericParameterTypes()) {
            typeNames.add(parameter.getTypeName());
          }
          for (Type thrown : executable.getGenericExceptionTypes()) {
            typeNames.add(thrown.getTypeName());
          }
          if (executable instanceof Method method) {
            typeNames.add(method.getGenericReturnType().getTypeName());
          }
        });
    for (Field field : type.getFields()) {
      typeNames.add(field.getGenericType().getTypeName());
    }

    assertThat(typeNames).isNotEmpty().noneMatch(name -> name.contains("supranational"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"BlstLoader", "BlstG1"})
  void jblstWrappersArePackagePrivate(String simpleName) throws Exception {
    Class<?> type = Class.forName("io.f3console.core.crypto.internal.blst." + simpleName);

    assertThat(Modifier.isPublic(type.getModifiers())).isFalse();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      assertThat(Modifier.isPublic(constructor.getModifiers())).isFalse();
    }
  }
}
