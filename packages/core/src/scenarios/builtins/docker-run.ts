// docker run nginx without Kubernetes (reference §2 S7): docker CLI → dockerd (REST over
// /var/run/docker.sock) → containerd (gRPC) → containerd-shim-runc-v2 → runc → the process.
// With the image missing, POST /containers/create answers 404 and the CLI itself pulls it
// (POST /images/create), then retries: dockerd does not pull on its own.
// Follows: docs.docker.com Engine API (ContainerCreate, ImageCreate) and the docker CLI's
// run command; containerd core/runtime/v2/README.md (shims);
// opencontainers.org runtime-spec (implementations); kubernetes.io "Container Runtimes"
// (dockershim removed in 1.24, dockerd reaches containerd directly).
import type { Scenario } from '../types.js';
import { builtin } from './mark.js';

export const dockerRun: Scenario = builtin({
  id: 'docker-run',
  title: { en: 'docker run: from the CLI to runc', fr: 'docker run : de la CLI à runc' },
  appliesTo: ['container-stack'],
  steps: [
    {
      id: 'create',
      from: 'docker-cli',
      to: 'dockerd',
      kind: 'request',
      message: 'POST /containers/create',
      caption: {
        en: 'docker run nginx: the CLI calls dockerd’s REST API on /var/run/docker.sock to create the container.',
        fr: 'docker run nginx : la CLI appelle l’API REST de dockerd sur /var/run/docker.sock pour créer le conteneur.',
      },
    },
    {
      id: 'no-image',
      from: 'dockerd',
      to: 'docker-cli',
      kind: 'response',
      message: '404 No such image',
      caption: {
        en: 'The nginx image is not on this machine: dockerd answers 404. It does not pull on its own.',
        fr: 'L’image nginx n’est pas sur cette machine : dockerd répond 404. Il ne la récupère pas de lui-même.',
      },
    },
    {
      id: 'pull',
      from: 'docker-cli',
      to: 'dockerd',
      kind: 'request',
      message: 'POST /images/create?fromImage=nginx',
      caption: {
        en: 'So the CLI asks dockerd to pull it from the registry…',
        fr: 'La CLI demande donc à dockerd de la récupérer sur le registre…',
      },
    },
    {
      id: 'pulled',
      from: 'dockerd',
      to: 'docker-cli',
      kind: 'response',
      message: '200 OK',
      caption: {
        en: '…and dockerd streams the pull’s progress until the image is stored.',
        fr: '…et dockerd transmet la progression jusqu’à ce que l’image soit enregistrée.',
      },
    },
    {
      id: 'create-again',
      from: 'docker-cli',
      to: 'dockerd',
      kind: 'request',
      message: 'POST /containers/create',
      caption: { en: 'The CLI sends its create request again.', fr: 'La CLI renvoie sa demande de création.' },
    },
    {
      id: 'created',
      from: 'dockerd',
      to: 'docker-cli',
      kind: 'response',
      message: '201 Created',
      caption: {
        en: 'This time dockerd answers with the new container’s ID.',
        fr: 'Cette fois, dockerd répond avec l’identifiant du nouveau conteneur.',
      },
    },
    {
      id: 'start',
      from: 'docker-cli',
      to: 'dockerd',
      kind: 'request',
      message: 'POST /containers/…/start',
      caption: { en: 'The CLI then asks dockerd to start it.', fr: 'La CLI demande ensuite à dockerd de le démarrer.' },
    },
    {
      id: 'containerd',
      from: 'dockerd',
      to: 'containerd',
      kind: 'request',
      message: 'gRPC tasks.Create',
      caption: {
        en: 'dockerd drives containerd directly over gRPC: no CRI on this path.',
        fr: 'dockerd pilote containerd directement en gRPC : pas de CRI sur ce chemin.',
      },
    },
    {
      id: 'shim',
      from: 'containerd',
      to: 'shim',
      kind: 'request',
      message: 'ttRPC Create · Start',
      caption: {
        en: 'containerd starts a containerd-shim-runc-v2 for the container (one per container here) and talks to it over ttRPC.',
        fr: 'containerd lance un containerd-shim-runc-v2 pour le conteneur (un par conteneur ici) et lui parle en ttRPC.',
      },
    },
    {
      id: 'runc',
      from: 'shim',
      to: 'runc',
      kind: 'request',
      message: 'runc create · start',
      caption: {
        en: 'The shim runs runc on the OCI bundle: a config.json and the image’s root filesystem.',
        fr: 'Le shim lance runc sur le bundle OCI : un config.json et le système de fichiers de l’image.',
      },
    },
    {
      id: 'process',
      from: 'runc',
      to: 'runc',
      kind: 'internal',
      message: 'namespaces · cgroups · exec',
      caption: {
        en: 'runc sets up namespaces and cgroups, starts nginx, then exits; the shim stays the container’s parent.',
        fr: 'runc crée namespaces et cgroups, lance nginx, puis s’arrête ; le shim reste le parent du conteneur.',
      },
    },
    {
      id: 'task-started',
      from: 'shim',
      to: 'containerd',
      kind: 'event',
      message: 'TaskStart',
      caption: { en: 'The shim reports that the task is running.', fr: 'Le shim signale que la tâche tourne.' },
    },
    {
      id: 'containerd-ok',
      from: 'containerd',
      to: 'dockerd',
      kind: 'response',
      message: 'OK',
      caption: { en: 'containerd answers dockerd.', fr: 'containerd répond à dockerd.' },
    },
    {
      id: 'started',
      from: 'dockerd',
      to: 'docker-cli',
      kind: 'response',
      message: '204 No Content',
      caption: {
        en: 'dockerd answers the CLI, which prints the container ID (with -d) or streams the container’s output.',
        fr: 'dockerd répond à la CLI, qui affiche l’identifiant du conteneur (avec -d) ou sa sortie.',
      },
    },
  ],
});
