import type { ProjectBlock } from '../../tables/types';

/** The project's name for messages: its 项目名称, else its block title. */
export function projectName(project: ProjectBlock): string {
  const name = project.name.text.trim();
  if (name) return name;
  return project.title.text
    .replace(/^\s*\d+[、.．]\s*/, '')
    .replace(/绩效目标表$/, '')
    .trim();
}
