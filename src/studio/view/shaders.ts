// GLSL ES 3.0 programs of the canvas: members and pulses as round points, ties as faint lines.

/** Points sized in world units, clamped to a readable size on screen whatever the zoom. */
export const pointVertex = `
in vec2 aPosition;
in vec3 aColor;
in float aSize;
out vec3 vColor;
out float vPx;
uniform mat3 uProjectionMatrix;
uniform mat3 uWorldTransformMatrix;
uniform mat3 uTransformMatrix;
uniform float uScale;
uniform float uMinPx;
uniform float uMaxPx;
void main() {
  mat3 mvp = uProjectionMatrix * uWorldTransformMatrix * uTransformMatrix;
  gl_Position = vec4((mvp * vec3(aPosition, 1.0)).xy, 0.0, 1.0);
  float px = aSize > 0.0 ? clamp(2.0 * aSize * uScale, uMinPx, uMaxPx) : 0.0;
  gl_PointSize = px;
  vPx = px;
  vColor = aColor;
}
`;

/** A disc with a soft edge and, when large enough to see, a darker rim that keeps neighbours apart. */
export const pointFragment = `
in vec3 vColor;
in float vPx;
out vec4 finalColor;
void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float d = length(c);
  if (d > 1.0) discard;
  float edge = 1.0 - smoothstep(1.0 - 2.0 / max(vPx, 1.0), 1.0, d);
  float rim = vPx > 6.0 ? smoothstep(0.7, 0.82, d) * 0.55 : 0.0;
  vec3 col = vColor * (1.0 - rim);
  finalColor = vec4(col * edge, edge);
}
`;

export const lineVertex = `
in vec2 aPosition;
in float aAlpha;
out float vAlpha;
uniform mat3 uProjectionMatrix;
uniform mat3 uWorldTransformMatrix;
uniform mat3 uTransformMatrix;
void main() {
  mat3 mvp = uProjectionMatrix * uWorldTransformMatrix * uTransformMatrix;
  gl_Position = vec4((mvp * vec3(aPosition, 1.0)).xy, 0.0, 1.0);
  vAlpha = aAlpha;
}
`;

export const lineFragment = `
in float vAlpha;
out vec4 finalColor;
uniform vec3 uLineColor;
uniform float uLineAlpha;
void main() {
  float a = vAlpha * uLineAlpha;
  finalColor = vec4(uLineColor * a, a);
}
`;
