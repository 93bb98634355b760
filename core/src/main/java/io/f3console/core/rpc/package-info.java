/**
 * Lotus and Forest nodes over JSON-RPC: {@link io.f3console.core.rpc.LotusRpcClient} (the F3
 * methods and a few chain methods, decoded strictly into the model, with typed {@link
 * io.f3console.core.rpc.RpcException}s), {@link io.f3console.core.rpc.RpcSource} (a node as a
 * {@link io.f3console.core.source.DataSource}) and {@link io.f3console.core.rpc.ApiInfo} ({@code
 * FULLNODE_API_INFO}).
 */
package io.f3console.core.rpc;
