import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationType, REMINDER_HORIZON_DAYS } from '@skillpay/domain';
import { DataSource } from 'typeorm';

/** An open review of a version under review, due within the horizon or overdue. */
export interface DueReview {
  case_id: string;
  title: string;
  due_date: string;
  overdue: boolean;
  reviewer_organisation_id: string;
  reviewer_name: string;
  city_bureau_ids: string[];
}

/** The reminder job's query of case reviews. */
@Injectable()
export class CaseReviewRemindersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `today` is the China-time day of the run. */
  dueReviews(today: string): Promise<DueReview[]> {
    return this.dataSource.query<DueReview[]>(
      `SELECT a.case_id, v.title, to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
              a.due_date < $1::date AS overdue, a.reviewer_organisation_id,
              u.display_name AS reviewer_name,
              ARRAY(SELECT o.id FROM organisation o
                    WHERE o.type = $3 AND o.deleted_at IS NULL
                      AND o.region_code = CASE WHEN region.level = 'city' THEN region.code ELSE region.parent_code END
              ) AS city_bureau_ids
       FROM case_assignment a
       JOIN case_study c ON c.id = a.case_id AND c.deleted_at IS NULL AND c.status = 'under_review'
       JOIN case_study_version v ON v.id = a.case_version_id AND v.version_no = c.current_version_no
       JOIN region ON region.code = c.region_code
       JOIN app_user u ON u.id = a.reviewer_user_id
       LEFT JOIN case_review r ON r.assignment_id = a.id
       WHERE a.withdrawn_at IS NULL AND r.submitted_at IS NULL
         AND a.due_date <= $1::date + $2::int
       ORDER BY a.due_date, a.id`,
      [today, REMINDER_HORIZON_DAYS, OrganisationType.CityBureau],
    );
  }
}
