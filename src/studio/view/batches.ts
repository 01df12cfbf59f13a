// The canvas's batched drawing programs: every member (or pulse) in one point mesh, every tie in one line mesh.
import { Buffer, BufferUsage, Geometry, Mesh, Shader, type UniformGroup } from 'pixi.js';
import { lineFragment, lineVertex, pointFragment, pointVertex } from './shaders';

export interface Batch {
  mesh: Mesh<Geometry, Shader>;
  buffers: Record<string, Buffer>;
}

const vertexBuffer = (data: Float32Array, label: string) => new Buffer({ data, label, usage: BufferUsage.VERTEX | BufferUsage.COPY_DST });

/** Round points: position (xy), colour (rgb) and radius in world units per point; one draw call. */
export function pointBatch(positions: Float32Array, rgb: Float32Array, size: Float32Array, uniforms: UniformGroup, label: string): Batch {
  const buffers = { aPosition: vertexBuffer(positions, `${label}-xy`), aColor: vertexBuffer(rgb, `${label}-rgb`), aSize: vertexBuffer(size, `${label}-size`) };
  const geometry = new Geometry({
    attributes: {
      aPosition: { buffer: buffers.aPosition, format: 'float32x2' },
      aColor: { buffer: buffers.aColor, format: 'float32x3' },
      aSize: { buffer: buffers.aSize, format: 'float32' },
    },
    topology: 'point-list',
  });
  // One program name for every point batch, so members and pulses share one compiled program.
  const shader = Shader.from({ gl: { vertex: pointVertex, fragment: pointFragment, name: 'murmur-points' }, resources: { pointUniforms: uniforms } });
  return { mesh: new Mesh({ geometry, shader, label }), buffers };
}

/** Lines with an opacity per vertex: two vertices per tie; one draw call. */
export function lineBatch(positions: Float32Array, alpha: Float32Array, uniforms: UniformGroup): Batch {
  const buffers = { aPosition: vertexBuffer(positions, 'ties-xy'), aAlpha: vertexBuffer(alpha, 'ties-alpha') };
  const geometry = new Geometry({
    attributes: { aPosition: { buffer: buffers.aPosition, format: 'float32x2' }, aAlpha: { buffer: buffers.aAlpha, format: 'float32' } },
    topology: 'line-list',
  });
  const shader = Shader.from({ gl: { vertex: lineVertex, fragment: lineFragment, name: 'murmur-ties' }, resources: { lineUniforms: uniforms } });
  return { mesh: new Mesh({ geometry, shader, label: 'ties' }), buffers };
}

export function destroyBatch(b: Batch): void {
  b.mesh.parent?.removeChild(b.mesh);
  const geometry = b.mesh.geometry;
  b.mesh.destroy();
  geometry.destroy();
  for (const buf of Object.values(b.buffers)) buf.destroy();
}
